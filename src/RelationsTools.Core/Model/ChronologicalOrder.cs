using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>
    /// The one order of dated things, for every cmdlet and the report: by first day; a date open at the start
    /// ("by 1974", <c>[..1974]</c>) placed by its last day, the only day it names, and before what starts on that
    /// day, since it cannot be later; an unknown date last; ties by id.
    /// </summary>
    public static class ChronologicalOrder
    {
        public static readonly IComparer<RelationsEvent> Events = Comparer<RelationsEvent>.Create((a, b) => Compare(a.When, a.Id, b.When, b.Id));

        public static readonly IComparer<TradeFigure> Figures = Comparer<TradeFigure>.Create((a, b) => Compare(a.PeriodDate, a.Id, b.PeriodDate, b.Id));

        /// <summary>
        /// <paramref name="items"/> in <paramref name="order"/>, read when first enumerated: what matched is held to be
        /// sorted, the file it came from never is.
        /// </summary>
        internal static IEnumerable<T> Sort<T>(IEnumerable<T> items, IComparer<T> order)
        {
            var list = new List<T>(items);
            list.Sort(order);
            foreach (var item in list)
            {
                yield return item;
            }
        }

        /// <summary>The day a date is placed at: its first day, or its last when it is open at the start; null when unknown.</summary>
        public static DateTime? PlacedAt(FuzzyDate date) => date.Start ?? date.End;

        [MethodImpl(HotPath.Optimize)]
        private static int Compare(FuzzyDate x, string xId, FuzzyDate y, string yId)
        {
            DateTime? xDay = PlacedAt(x), yDay = PlacedAt(y);
            if (xDay is null || yDay is null)
            {
                int byKnown = (xDay is null).CompareTo(yDay is null);
                if (byKnown != 0)
                {
                    return byKnown;
                }
            }
            else
            {
                int byDay = xDay.Value.CompareTo(yDay.Value);
                if (byDay != 0)
                {
                    return byDay;
                }

                int byOpenStart = x.Start.HasValue.CompareTo(y.Start.HasValue);
                if (byOpenStart != 0)
                {
                    return byOpenStart;
                }
            }

            int byId = RelationsId.Comparer.Compare(xId, yId);
            return byId != 0 ? byId : string.CompareOrdinal(xId, yId);
        }
    }
}
