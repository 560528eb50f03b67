using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>How two sources compare on one topic, with a Compare-Object style <see cref="SideIndicator"/>.</summary>
    public sealed class SourceDifference
    {
        internal SourceDifference(string topic, string sideIndicator, ComparisonStatus status, IReadOnlyList<ClaimConflict> conflicts, IReadOnlyList<Claim> reference, IReadOnlyList<Claim> difference, IReadOnlyList<Claim> both)
        {
            Topic = topic;
            SideIndicator = sideIndicator;
            Status = status;
            ReferenceValue = Join(reference.Select(ComparisonSummary.ValueWithPeriod));
            DifferenceValue = Join(difference.Select(ComparisonSummary.ValueWithPeriod));
            ReferenceAsOf = Join(reference.Select(c => c.AsOf));
            DifferenceAsOf = Join(difference.Select(c => c.AsOf));
            ReferenceCitation = Join(reference.Select(c => c.Citation));
            DifferenceCitation = Join(difference.Select(c => c.Citation));
            Claims = new JoinedList<Claim>(both);
            Conflicts = new JoinedList<ClaimConflict>(conflicts);
            Summary = ComparisonSummary.Describe(both, conflicts, status);
        }

        public string Topic { get; }

        /// <summary>One of <see cref="SideIndicators"/>: <c>==</c>, <c>&lt;&gt;</c>, <c>&lt;=</c> (reference only), <c>=&gt;</c> (difference only).</summary>
        public string SideIndicator { get; }

        /// <summary>The status of the two sources' claims taken together; Single when only one of them states the topic.</summary>
        public ComparisonStatus Status { get; }

        /// <summary>
        /// The reference source's values on the topic, each with the period it is about (<c>US$5.31 bn as of 2020; US$10.0 bn as of 2024</c>),
        /// '; '-joined; empty when it states none.
        /// </summary>
        public string ReferenceValue { get; }

        /// <summary>The difference source's values on the topic, each with its period, as <see cref="ReferenceValue"/>.</summary>
        public string DifferenceValue { get; }

        public string ReferenceAsOf { get; }

        public string DifferenceAsOf { get; }

        public string ReferenceCitation { get; }

        public string DifferenceCitation { get; }

        /// <summary>The claims of both sources on the topic, reference first.</summary>
        public JoinedList<Claim> Claims { get; }

        /// <summary>For a Conflict, each pair of the two sources' claims that disagree about the same time; empty otherwise.</summary>
        public JoinedList<ClaimConflict> Conflicts { get; }


        public string Summary { get; }

        public override string ToString() => Topic;

        // Distinct, because one source may give the same value (or period) for several rows.
        private static string Join(IEnumerable<string> texts) => new JoinedList<string>(texts.Distinct(StringComparer.Ordinal)).ToString();
    }
}
