using System;
using System.Runtime.CompilerServices;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// A query's time window: from the first day of what -From names to the last day of what -To names,
    /// so <c>-From 1979 -To 1979</c> is the whole year and <c>-To 2024-09</c> includes 30 September.
    /// </summary>
    public sealed class DateWindow
    {
        public static readonly DateWindow Unbounded = new DateWindow(null, null);

        private DateWindow(DateTime? first, DateTime? last)
        {
            First = first;
            Last = last;
        }

        /// <summary>The first day of the window; null when unbounded.</summary>
        public DateTime? First { get; }

        /// <summary>The last day of the window; null when unbounded.</summary>
        public DateTime? Last { get; }

        public bool IsUnbounded => First is null && Last is null;

        /// <summary>The window from the start of <paramref name="from"/> to the end of <paramref name="to"/> (either may be unknown: unbounded).</summary>
        /// <exception cref="ArgumentException">The window ends before it starts.</exception>
        public static DateWindow Between(FuzzyDate from, FuzzyDate to)
        {
            var window = new DateWindow(from.Start, to.End);
            if (window.First is DateTime first && window.Last is DateTime last && last < first)
            {
                throw new ArgumentException($"The window from '{from}' to '{to}' ends before it starts.");
            }

            return window;
        }

        /// <summary>
        /// Whether a date passes the window: any overlap, or with <paramref name="within"/> every day inside it.
        /// An unbounded window admits every date, even an unknown one; a bounded one admits no unknown date.
        /// </summary>
        public bool Admits(FuzzyDate date, bool within) => Admits(date.Start, date.End, date.IsKnown, within);

        /// <summary>How surely <paramref name="date"/> falls in this window (see <see cref="FuzzyDate.InWindow"/>); null for the unbounded window, which says nothing about time.</summary>
        public Certainty? Certainty(FuzzyDate date) => IsUnbounded ? null : date.InWindow(First, Last);

        [MethodImpl(HotPath.Optimize)]
        internal bool Admits(DateTime? first, DateTime? last, bool isKnown, bool within)
        {
            if (IsUnbounded)
            {
                return true;
            }

            if (!isKnown)
            {
                return false;
            }

            return within ? FuzzyDate.IsWithin(first, last, First, Last) : FuzzyDate.Overlaps(first, last, First, Last);
        }
    }
}
