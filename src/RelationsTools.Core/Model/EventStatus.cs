namespace RelationsTools.Model
{
    /// <summary>Whether an event took place, is expected, or is only aimed at: a planned road is not a built one.</summary>
    public enum EventStatus
    {
        /// <summary>It took place, or is under way.</summary>
        Happened,

        /// <summary>Expected or planned: a scheduled meeting, a road due for completion.</summary>
        Expected,

        /// <summary>An aim, such as the year a country means to reach an income level.</summary>
        Goal,
    }
}
