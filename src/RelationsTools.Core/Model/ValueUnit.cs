namespace RelationsTools.Model
{
    /// <summary>
    /// What a value is. Trade figures are USD, Percent or Count; claims may also be a Rank, a Date, a Status
    /// (a short phrase such as <c>under construction</c>) or a Quote (the few words a source attributes to someone).
    /// </summary>
    public enum ValueUnit
    {
        USD,
        Percent,
        Count,
        Rank,
        Date,
        Status,
        Quote,
    }
}
