/** The `data` link value for a dataset the reader opened from a file: it stays in their browser. */
export const LOCAL_DATA = 'local';
