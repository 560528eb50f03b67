namespace RelationsTools.Model
{
    /// <summary>How exactly a <see cref="FuzzyDate"/> pins down a time.</summary>
    public enum DatePrecision
    {
        /// <summary>The source gives no date.</summary>
        Unknown,
        Day,
        Month,
        Year,
        /// <summary>An interval with both ends known, such as <c>1979/1989</c>.</summary>
        Range,
        /// <summary>An interval with an open end, such as <c>../1974</c> ("by 1974").</summary>
        Open,
    }
}
