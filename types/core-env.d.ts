// The few platform globals the pure core may use. Each exists in browsers,
// Web Workers and Node alike; anything DOM-only stays out of model/ and graph/.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly href: string;
}
declare const performance: { now(): number };
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | Uint8Array): string;
}
