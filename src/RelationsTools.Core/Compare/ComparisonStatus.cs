namespace RelationsTools.Compare
{
    /// <summary>
    /// What the claims on one topic amount to, decided in this order: one document; all agreeing;
    /// a disagreement about the same time; disagreements only between different times.
    /// </summary>
    public enum ComparisonStatus
    {
        /// <summary>One document states the topic: nothing to compare it with.</summary>
        Single,

        /// <summary>Every pair of claims agrees (within the tolerance, qualifiers and date precision).</summary>
        Agree,

        /// <summary>Two claims disagree about overlapping periods (or a period one of them does not give).</summary>
        Conflict,

        /// <summary>The claims disagree, but only where they are about different, non-overlapping periods: a change over time.</summary>
        Changed,
    }
}
