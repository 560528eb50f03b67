using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>What the sources say on one topic, side by side: a row of Compare-Source.</summary>
    public sealed class SourceComparison
    {
        internal SourceComparison(string topic, ComparisonStatus status, IReadOnlyList<ClaimConflict> conflicts, IReadOnlyList<Claim> claims, SourceVoices voices)
        {
            SourceCount = claims.Select(c => voices.VoiceOf(c.SourceId)).Distinct(RelationsId.Comparer).Count();
            Topic = topic;
            Status = status;
            Claims = new JoinedList<Claim>(claims);
            Values = new DelimitedList(claims.Select(c => c.DisplayValue).Distinct(StringComparer.Ordinal).ToList());
            SourceIds = new DelimitedList(claims.Select(c => c.SourceId).Distinct(RelationsId.Comparer).ToList());
            SourceKinds = new JoinedList<SourceKind>(claims.Select(c => c.SourceKind).Distinct());
            Conflicts = new JoinedList<ClaimConflict>(conflicts);
            Summary = ComparisonSummary.Describe(claims, conflicts, status);
        }

        public string Topic { get; }

        public ComparisonStatus Status { get; }

        /// <summary>For a Conflict, each pair of claims that disagree about the same time; empty for any other status.</summary>
        public JoinedList<ClaimConflict> Conflicts { get; }

        /// <summary>The distinct values as a person reads them (<c>#2</c>, <c>US$20.0 bn</c>, <c>2024-09</c>), in data order.</summary>
        public DelimitedList Values { get; }


        /// <summary>
        /// How many independent documents state the topic: a document and its reposts count once (see
        /// <see cref="SourceIds"/> for every document). One document may state the topic for several periods.
        /// </summary>
        public int SourceCount { get; }

        public DelimitedList SourceIds { get; }


        /// <summary>The kinds of the stating documents, so a reader sees when only a comment disagrees.</summary>
        public JoinedList<SourceKind> SourceKinds { get; }


        public JoinedList<Claim> Claims { get; }


        public string Citations => new JoinedList<string>(Claims.Select(c => c.Citation).Distinct(StringComparer.Ordinal)).ToString();

        /// <summary>Each value with its citations, and its periods when the values disagree; for a Conflict, the pairs in conflict first.</summary>
        public string Summary { get; }

        public override string ToString() => Topic;
    }
}
