// Binary search over ascending numbers, shared by the line index (line starts) and the model's
// string store (where each owner's run of strings starts).

/** The index of the last of the first `length` ascending `starts` that is at most `value` (0 when none is). */
export function lastAtOrBefore(starts: ArrayLike<number>, length: number, value: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
