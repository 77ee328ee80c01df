/** The current instant. In AWS it is the system clock; the local stack replaces it with its own
 * settable clock so an edition can be played through in seconds. */
let source: () => Date = () => new Date();

export const now = (): Date => source();
export const useClock = (clock: () => Date): void => {
  source = clock;
};
