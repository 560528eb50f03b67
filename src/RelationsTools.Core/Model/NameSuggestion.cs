using System;
using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>
    /// The "did you mean" of a name that names nothing: the one known name a person most likely meant. Names
    /// that differ only in case or diacritics come first; otherwise a name within a few typing slips
    /// (insertions, deletions, substitutions, swaps of neighbours), and only when no other name is as close;
    /// failing that, the one name that starts with what was typed.
    /// </summary>
    public static class NameSuggestion
    {
        public static string? Closest(string typed, IEnumerable<string> names)
        {
            string folded = TextFolding.Fold(typed.Trim());
            if (folded.Length == 0)
            {
                return null;
            }

            // One slip per four characters typed, at least one and at most three: "Trde" -> Trade, "iseas" -> nothing near enough among long ids.
            int allowed = Math.Min(3, Math.Max(1, folded.Length / 4));
            string? best = null;
            int bestDistance = int.MaxValue;
            bool tie = false;
            foreach (string name in names)
            {
                int distance = Distance(folded, TextFolding.Fold(name), allowed);
                if (distance < bestDistance)
                {
                    best = name;
                    bestDistance = distance;
                    tie = false;
                }
                else if (distance == bestDistance && !string.Equals(best, name, StringComparison.Ordinal))
                {
                    tie = true;
                }
            }

            if (bestDistance <= allowed)
            {
                return tie ? null : best;
            }

            // A name cut short ("iseas" for iseas-2025-03-mending-fences) is meant when it starts exactly one name.
            string? started = null;
            foreach (string name in names)
            {
                if (TextFolding.Fold(name).StartsWith(folded, StringComparison.Ordinal))
                {
                    if (started != null)
                    {
                        return null;
                    }

                    started = name;
                }
            }

            return started;
        }

        // Optimal string alignment distance, stopped early once every path exceeds the limit.
        private static int Distance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit)
            {
                return int.MaxValue;
            }

            var previous2 = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMinimum = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, previous2[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMinimum = Math.Min(rowMinimum, value);
                }

                if (rowMinimum > limit)
                {
                    return int.MaxValue;
                }

                (previous2, previous, current) = (previous, current, previous2);
            }

            return previous[b.Length];
        }
    }
}
