namespace RelationsTools.Model
{
    /// <summary>Whether a figure happened, is aimed at, or is someone's estimate: a target is never an actual.</summary>
    public enum FigureKind
    {
        Actual,
        Target,
        Estimate,
    }
}
