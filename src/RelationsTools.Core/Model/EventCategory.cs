namespace RelationsTools.Model
{
    /// <summary>What an event is mainly about.</summary>
    public enum EventCategory
    {
        Diplomacy,
        Trade,
        Investment,
        Security,
        Border,
        Infrastructure,
        Politics,
        History,
    }
}
