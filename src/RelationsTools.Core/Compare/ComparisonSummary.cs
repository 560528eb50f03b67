using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>The one-line text of a comparison, for a table cell or a CSV column.</summary>
    internal static class ComparisonSummary
    {
        /// <summary>
        /// Each distinct value with the citations that state it, in data order:
        /// <c>#2 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶28) vs #3 as of 2025 (khmertimes-2025-08-18-border-trade ¶10)</c>.
        /// </summary>
        /// <remarks>
        /// Periods are shown only when the values disagree, because then they are what tells a conflict
        /// from a change; agreeing values are separated by " / ", not " vs ", so the text never reads as
        /// a dispute where there is none.
        /// </remarks>
        public static string Describe(IEnumerable<Claim> claims, ComparisonStatus status)
        {
            bool disagree = status == ComparisonStatus.Conflict || status == ComparisonStatus.Changed;
            var parts = claims
                .GroupBy(claim => claim.DisplayValue, StringComparer.Ordinal)
                .Select(group => group.Key
                    + (disagree ? " as of " + string.Join(", ", group.Select(PeriodText).Distinct(StringComparer.Ordinal)) : string.Empty)
                    + " (" + new JoinedList<string>(group.Select(claim => claim.Citation)) + ")");
            return string.Join(disagree ? " vs " : " / ", parts);
        }

        private static string PeriodText(Claim claim) => claim.AsOf.Length == 0 ? "unknown" : claim.AsOf;
    }
}
