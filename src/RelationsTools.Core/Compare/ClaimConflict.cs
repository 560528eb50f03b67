using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>
    /// Two claims on one topic that disagree about the same time (see <see cref="ComparisonStatus.Conflict"/>): where a
    /// reader starts checking, since at most one of them can be right.
    /// </summary>
    public sealed class ClaimConflict
    {
        internal ClaimConflict(Claim first, Claim second)
        {
            First = first;
            Second = second;
        }

        /// <summary>The claim met first, in data order.</summary>
        public Claim First { get; }

        public Claim Second { get; }

        /// <summary>Both claims, each with its period and citation: <c>25 as of 2024 (news-… ¶2) vs ≈ 20 as of 2024-09 (iseas-… ¶4)</c>.</summary>
        public override string ToString() => ComparisonSummary.Stated(First) + " vs " + ComparisonSummary.Stated(Second);
    }
}
