/** Writes values bit by bit, most significant bit first, into bytes: FLAC's headers and subframes. */
export class BitWriter {
  private out: number[] = [];
  private current = 0;
  private bits = 0;

  write(value: number, width: number): this {
    for (let bit = width - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | (Math.floor(value / 2 ** bit) & 1);
      this.bits += 1;
      if (this.bits === 8) {
        this.out.push(this.current);
        this.current = 0;
        this.bits = 0;
      }
    }
    return this;
  }

  /** FLAC's UTF-8-like coding of a frame number. */
  utf8(value: number): this {
    if (value < 0x80) return this.write(value, 8);
    if (value < 0x800) return this.write(0xc0 | (value >> 6), 8).write(0x80 | (value & 0x3f), 8);
    return this.write(0xe0 | (value >> 12), 8)
      .write(0x80 | ((value >> 6) & 0x3f), 8)
      .write(0x80 | (value & 0x3f), 8);
  }

  align(): this {
    if (this.bits > 0) this.write(0, 8 - this.bits);
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}
