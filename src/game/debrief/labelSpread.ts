/**
 * Where to put labels beside a chart axis so none overlaps: each as near its wanted place as it
 * can be, crowded ones spread evenly around the middle of their group. Places are shares of the
 * axis (0 to 1), in increasing order; `gap` is a label's height as a share of the axis.
 */
export function spreadLabels(wanted: readonly number[], gap: number): number[] {
  const groups: { count: number; sum: number }[] = [];
  const first = (group: { count: number; sum: number }) => {
    const top = group.sum / group.count - ((group.count - 1) * gap) / 2;
    const highest = 1 - gap / 2 - (group.count - 1) * gap;
    return Math.max(Math.min(top, highest), gap / 2);
  };
  for (const place of wanted) {
    groups.push({ count: 1, sum: place });
    for (;;) {
      const last = groups.at(-1);
      const before = groups.at(-2);
      if (!last || !before) break;
      if (first(last) - (first(before) + (before.count - 1) * gap) >= gap) break;
      before.count += last.count;
      before.sum += last.sum;
      groups.pop();
    }
  }
  return groups.flatMap((group) =>
    Array.from({ length: group.count }, (_, k) => first(group) + k * gap),
  );
}
