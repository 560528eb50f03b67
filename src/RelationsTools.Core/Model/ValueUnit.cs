namespace RelationsTools.Model
{
    /// <summary>The unit of a value. Trade figures use USD, Percent and Count; claims may also be a Rank or a Date.</summary>
    public enum ValueUnit
    {
        USD,
        Percent,
        Count,
        Rank,
        Date,
    }
}
