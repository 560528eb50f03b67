namespace RelationsTools.Model
{
    /// <summary>How exactly a <see cref="FuzzyDate"/> pins down a time, and whether it names a span or one moment.</summary>
    public enum DatePrecision
    {
        /// <summary>The source gives no date.</summary>
        Unknown,
        Day,
        Month,
        Year,
        /// <summary>A span with both ends known, such as <c>1979/1989</c>: it lasted from the one to the other.</summary>
        Range,
        /// <summary>A span with an open end, such as <c>2025-03-13/..</c>: it runs on without a known end (or start).</summary>
        Open,
        /// <summary>
        /// One moment known only to lie between bounds, either of which may be open: <c>[2024-09-27..2024-12-27]</c>,
        /// <c>[..2024]</c> ("by 2024"), <c>[1970..]</c> ("some time after 1970").
        /// </summary>
        Bounded,
    }
}
