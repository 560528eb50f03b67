using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>The one-line text of a comparison, for a table cell or a CSV column, and the words it is made of.</summary>
    internal static class ComparisonSummary
    {
        /// <summary>
        /// Each distinct value with the citations that state it, in data order:
        /// <c>#2 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶28) vs #3 as of 2025 (khmertimes-2025-08-18-border-trade ¶10)</c>.
        /// A Conflict names the pairs in conflict first, then what else is stated:
        /// <c>25 as of 2024 (news-… ¶2) vs ≈ 20 as of 2024-09 (iseas-… ¶4); also ≥ 20 as of 2024 (asiatimes-… ¶3)</c>.
        /// </summary>
        /// <remarks>
        /// Periods are shown only when the values disagree, because then they are what tells a conflict
        /// from a change; agreeing values are separated by " / ", not " vs ", so the text never reads as
        /// a dispute where there is none. Among three claims or more, "vs" between every value would not
        /// say which of them contradict each other, so a Conflict says it pair by pair.
        /// </remarks>
        public static string Describe(IReadOnlyList<Claim> claims, IReadOnlyList<ClaimConflict> conflicts, ComparisonStatus status)
        {
            if (conflicts.Count > 0)
            {
                var inConflict = new HashSet<Claim>(conflicts.SelectMany(pair => new[] { pair.First, pair.Second }));
                var others = claims.Where(claim => !inConflict.Contains(claim)).ToList();
                return string.Join("; ", conflicts.Select(pair => pair.ToString()).Distinct(StringComparer.Ordinal))
                    + (others.Count > 0 ? "; also " + Values(others, withPeriods: true, " / ") : string.Empty);
            }

            bool disagree = status == ComparisonStatus.Conflict || status == ComparisonStatus.Changed;
            return Values(claims, disagree, disagree ? " vs " : " / ");
        }

        /// <summary>
        /// A claim's value with the period it is about: <c>#2 as of 2024</c>, <c>#3 as of unknown</c>; a claim that dates a
        /// happening is about that date, which its value already says: <c>2024-09-20</c>.
        /// </summary>
        public static string ValueWithPeriod(Claim claim) => claim.DisplayValue + Periods(new[] { claim });

        /// <summary>A claim's value with its period and its citation: <c>#2 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶28)</c>.</summary>
        public static string Stated(Claim claim) => ValueWithPeriod(claim) + " (" + claim.Citation + ")";

        // Each distinct value once, with every period and citation of the claims that give it.
        private static string Values(IEnumerable<Claim> claims, bool withPeriods, string separator)
        {
            var parts = claims
                .GroupBy(claim => claim.DisplayValue, StringComparer.Ordinal)
                .Select(group => group.Key
                    + (withPeriods ? Periods(group) : string.Empty)
                    + " (" + new JoinedList<string>(group.Select(claim => claim.Citation)) + ")");
            return string.Join(separator, parts);
        }

        // " as of 2024, 2025" for the claims' periods; nothing for the dates of happenings, each its own period.
        private static string Periods(IEnumerable<Claim> claims)
        {
            var periods = claims
                .Where(claim => !ClaimAgreement.DatesAHappening(claim))
                .Select(claim => claim.AsOf.Length == 0 ? "unknown" : claim.AsOf)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return periods.Count == 0 ? string.Empty : " as of " + string.Join(", ", periods);
        }
    }
}
