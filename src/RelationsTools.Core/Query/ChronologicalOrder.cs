using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>Earliest first; an open start counts as earliest, an unknown date comes last; ties by id.</summary>
    internal static class ChronologicalOrder
    {
        public static readonly IComparer<RelationsEvent> Events = Comparer<RelationsEvent>.Create((a, b) => Compare(a.When, a.Id, b.When, b.Id));

        public static readonly IComparer<TradeFigure> Figures = Comparer<TradeFigure>.Create((a, b) => Compare(a.PeriodDate, a.Id, b.PeriodDate, b.Id));

        private static int Compare(FuzzyDate x, string xId, FuzzyDate y, string yId)
        {
            int byKnown = x.IsKnown.CompareTo(y.IsKnown);
            if (byKnown != 0)
            {
                return -byKnown;
            }

            int byStart = (x.Start ?? DateTime.MinValue).CompareTo(y.Start ?? DateTime.MinValue);
            return byStart != 0 ? byStart : string.CompareOrdinal(xId, yId);
        }
    }
}
