import { describe, expect, it } from 'vitest';
import { isPeakHour, peakHours } from './peak-hours.js';

const china = (local: string) => Date.parse(`${local}+08:00`);

describe('peak hours', () => {
  it('are weekdays 15:00–17:30 China time', () => {
    expect(isPeakHour(china('2026-11-23T15:00:00'))).toBe(true); // Monday
    expect(isPeakHour(china('2026-11-23T17:29:59'))).toBe(true);
    expect(isPeakHour(china('2026-11-23T17:30:00'))).toBe(false);
    expect(isPeakHour(china('2026-11-23T14:59:59'))).toBe(false);
    expect(isPeakHour(china('2026-11-22T16:00:00'))).toBe(false); // Sunday
    expect(isPeakHour(new Date('2026-11-23T07:00:00Z'))).toBe(true); // 15:00 in China
  });

  it('say when they next begin or end', () => {
    expect(peakHours(china('2026-11-23T09:00:00'))).toEqual({
      peak: false,
      changesAt: china('2026-11-23T15:00:00'),
    });
    expect(peakHours(china('2026-11-23T15:00:00'))).toEqual({
      peak: true,
      changesAt: china('2026-11-23T17:30:00'),
    });
    expect(peakHours(china('2026-11-23T17:30:00'))).toEqual({
      peak: false,
      changesAt: china('2026-11-24T15:00:00'),
    });
    // Friday evening → Monday afternoon; Saturday and Sunday have none.
    expect(peakHours(china('2026-11-27T18:00:00')).changesAt).toBe(china('2026-11-30T15:00:00'));
    expect(peakHours(china('2026-11-28T16:00:00'))).toEqual({
      peak: false,
      changesAt: china('2026-11-30T15:00:00'),
    });
    // Just before China midnight, and just after it (still the previous UTC day).
    expect(peakHours(china('2026-11-23T23:59:59')).changesAt).toBe(china('2026-11-24T15:00:00'));
    expect(peakHours(china('2026-11-24T00:00:00')).changesAt).toBe(china('2026-11-24T15:00:00'));
  });

  it('change at every boundary it names, and nowhere between', () => {
    let at = china('2026-11-21T00:00:00');
    for (let i = 0; i < 20; i++) {
      const { peak, changesAt } = peakHours(at);
      expect(changesAt).toBeGreaterThan(at);
      expect(isPeakHour(changesAt - 1)).toBe(peak);
      expect(isPeakHour(changesAt)).toBe(!peak);
      at = changesAt;
    }
  });
});
