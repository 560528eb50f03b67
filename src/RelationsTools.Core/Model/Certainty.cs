namespace RelationsTools.Model
{
    /// <summary>Whether a date of uncertain extent falls in a time window (an event's <c>InWindow</c>).</summary>
    public enum Certainty
    {
        /// <summary>It falls in the window whatever it turns out to be.</summary>
        Certain,

        /// <summary>It may fall in the window, or outside it: the sources do not pin it down enough to tell.</summary>
        Possible,
    }
}
