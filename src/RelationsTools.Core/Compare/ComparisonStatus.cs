namespace RelationsTools.Compare
{
    /// <summary>
    /// What the claims on one topic amount to, decided in this order: one voice; all agreeing; a
    /// disagreement about the same period; disagreements only between different periods.
    /// </summary>
    public enum ComparisonStatus
    {
        /// <summary>One document (with any reposts of it) states the topic: nothing to compare it with.</summary>
        Single,

        /// <summary>Every pair of claims agrees (within the tolerance, qualifiers and date precision).</summary>
        Agree,

        /// <summary>
        /// Two claims disagree about the same time: for totals over a period, the same first and last day; for
        /// everything else, overlapping times; or one of them gives no period.
        /// </summary>
        Conflict,

        /// <summary>
        /// The claims disagree, but only where they are about different periods: a later year, or a part of a
        /// year against the whole. A later source may simply be right about a later time.
        /// </summary>
        Changed,
    }
}
