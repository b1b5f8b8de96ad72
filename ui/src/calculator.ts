// A plain, working calculator: the neutral screen that replaces the app
// after a quick exit. It must look and behave like an ordinary calculator.

export type Key = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "." | "+" | "-" | "*" | "/" | "=" | "C";
type Op = "+" | "-" | "*" | "/";

export class Calculator {
  private acc: number | null = null;
  private op: Op | null = null;
  private entry = "0";
  private fresh = true;
  private failed = false;

  get display(): string {
    return this.failed ? "E" : this.entry;
  }

  press(key: Key): string {
    if (key === "C") {
      this.acc = null;
      this.op = null;
      this.entry = "0";
      this.fresh = true;
      this.failed = false;
    } else if (this.failed) {
      // After an error only C clears; like a pocket calculator.
    } else if (/^[0-9]$/.test(key)) {
      if (this.fresh || this.entry === "0") this.entry = key;
      else if (this.entry.replace(/[-.]/g, "").length < 12) this.entry += key;
      this.fresh = false;
    } else if (key === ".") {
      if (this.fresh) this.entry = "0.";
      else if (!this.entry.includes(".")) this.entry += ".";
      this.fresh = false;
    } else if (key === "=") {
      this.apply();
      this.op = null;
      this.acc = null;
      this.fresh = true;
    } else {
      if (!this.fresh || this.acc === null) this.apply();
      this.op = key as Op;
      this.fresh = true;
    }
    return this.display;
  }

  private apply(): void {
    const value = Number(this.entry);
    if (this.acc === null || this.op === null) {
      this.acc = value;
      return;
    }
    let r: number;
    switch (this.op) {
      case "+": r = this.acc + value; break;
      case "-": r = this.acc - value; break;
      case "*": r = this.acc * value; break;
      case "/": r = value === 0 ? NaN : this.acc / value; break;
    }
    if (!Number.isFinite(r)) {
      this.failed = true;
      return;
    }
    this.acc = r;
    this.entry = format(r);
  }
}

/** At most 12 significant digits, no float noise (0.1 + 0.2 shows 0.3). */
export function format(n: number): string {
  const s = String(Number(n.toPrecision(12)));
  return s.includes("e") ? n.toExponential(6) : s;
}
