// A 2-D DOMMatrix, enough for PDF.js to load and read text under Node. PDF.js 5 builds a DOMMatrix when
// its module loads (and for canvas rendering, which the app never does: text is read, PDFs are printed by
// Chromium). Under Node it takes DOMMatrix from @napi-rs/canvas, a native binary installed for the
// machine that ran `npm install` only: a package built for the other architecture (the x64 Mac build
// made on an arm64 runner, Windows and Linux arm64) would fail with "DOMMatrix is not defined". With this
// in place first, reading PDFs needs no native module at all (the package leaves @napi-rs/canvas out).

type Init = readonly number[] | undefined;

export class DOMMatrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: Init | DOMMatrix2D) {
    if (init instanceof DOMMatrix2D) this.set(init.a, init.b, init.c, init.d, init.e, init.f);
    else if (init && init.length === 6) this.set(...(init as [number, number, number, number, number, number]));
    else if (init && init.length === 16) this.set(init[0]!, init[1]!, init[4]!, init[5]!, init[12]!, init[13]!);
    else if (init !== undefined) throw new TypeError('DOMMatrix: 6 or 16 numbers expected (this one is 2-D only)');
  }
  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }
  // The 4×4 names of the same six numbers, as DOMMatrix has them.
  get m11() { return this.a; }
  get m12() { return this.b; }
  get m21() { return this.c; }
  get m22() { return this.d; }
  get m41() { return this.e; }
  get m42() { return this.f; }
  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }
  /** this × other (other applied first), in place. */
  multiplySelf(o: DOMMatrix2D | Init): this {
    const m = o instanceof DOMMatrix2D ? o : new DOMMatrix2D(o);
    return this.set(
      this.a * m.a + this.c * m.b,
      this.b * m.a + this.d * m.b,
      this.a * m.c + this.c * m.d,
      this.b * m.c + this.d * m.d,
      this.a * m.e + this.c * m.f + this.e,
      this.b * m.e + this.d * m.f + this.f,
    );
  }
  /** other × this, in place. */
  preMultiplySelf(o: DOMMatrix2D | Init): this {
    const m = new DOMMatrix2D(o).multiplySelf(this);
    return this.set(m.a, m.b, m.c, m.d, m.e, m.f);
  }
  multiply(o: DOMMatrix2D | Init): DOMMatrix2D {
    return new DOMMatrix2D(this).multiplySelf(o);
  }
  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf([1, 0, 0, 1, tx, ty]);
  }
  translate(tx = 0, ty = 0): DOMMatrix2D {
    return new DOMMatrix2D(this).translateSelf(tx, ty);
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }
  scale(sx = 1, sy = sx): DOMMatrix2D {
    return new DOMMatrix2D(this).scaleSelf(sx, sy);
  }
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    const { a, b, c, d, e, f } = this;
    return this.set(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }
  inverse(): DOMMatrix2D {
    return new DOMMatrix2D(this).invertSelf();
  }
  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

/** Installs the 2-D DOMMatrix when the runtime has none (Node); a real one (a browser, canvas) stays. */
export function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (typeof g.DOMMatrix !== 'function') g.DOMMatrix = DOMMatrix2D;
}
