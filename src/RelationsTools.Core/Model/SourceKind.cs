namespace RelationsTools.Model
{
    /// <summary>What kind of document a source is: the first thing a reader weighs a claim by.</summary>
    public enum SourceKind
    {
        Analysis,
        OpEd,
        NewsReport,
        BlogOpinion,
        ReaderComment,
        ForumComment,
        UnsignedArticle,
    }
}
