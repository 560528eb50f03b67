namespace RelationsTools.Model
{
    /// <summary>How a source bounds its number: "more than 80%" is AtLeast 80, "about US$5 billion" is About.</summary>
    public enum Qualifier
    {
        Exact,
        About,
        AtLeast,
        AtMost,
    }
}
