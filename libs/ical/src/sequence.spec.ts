import { sequenceFor } from './sequence.js';

const published = {
  start: new Date('2027-06-01T12:00:00Z'),
  end: new Date('2027-06-01T20:00:00Z'),
  sequence: 2,
};

describe('sequenceFor', () => {
  it('starts at 0 for an event never published', () => {
    expect(sequenceFor(undefined, published)).toBe(0);
    expect(sequenceFor(null, published)).toBe(0);
  });

  it('keeps the sequence while the times and status stay the same', () => {
    expect(
      sequenceFor(published, {
        start: new Date(published.start.getTime()),
        end: new Date(published.end.getTime()),
      }),
    ).toBe(2);
    expect(sequenceFor(published, { ...published, status: 'confirmed' })).toBe(2);
  });

  it('rises by one when the start or the end moves', () => {
    expect(sequenceFor(published, { ...published, start: new Date('2027-06-01T13:00:00Z') })).toBe(
      3,
    );
    expect(sequenceFor(published, { ...published, end: new Date('2027-06-01T21:00:00Z') })).toBe(3);
  });

  it('rises when the event is cancelled or restored', () => {
    expect(sequenceFor(published, { ...published, status: 'cancelled' })).toBe(3);
    expect(sequenceFor({ ...published, status: 'cancelled' }, published)).toBe(3);
  });

  it('compares leave by local dates and half day', () => {
    const leave = { start: '2027-03-01', end: '2027-03-05', sequence: 0 };
    expect(sequenceFor(leave, { start: '2027-03-01', end: '2027-03-05' })).toBe(0);
    expect(sequenceFor(leave, { start: '2027-03-01', end: '2027-03-06' })).toBe(1);
    expect(
      sequenceFor(
        { ...leave, end: '2027-03-01' },
        { start: '2027-03-01', end: '2027-03-01', halfDay: 'am' },
      ),
    ).toBe(1);
  });

  it('keeps rising across successive changes', () => {
    let state = { ...published, sequence: sequenceFor(undefined, published) };
    for (const hour of [13, 14, 14, 15]) {
      const next = { start: new Date(Date.UTC(2027, 5, 1, hour)), end: published.end };
      state = { ...next, sequence: sequenceFor(state, next) };
    }
    expect(state.sequence).toBe(3);
  });
});
