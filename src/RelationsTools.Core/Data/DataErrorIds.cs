namespace RelationsTools.Data
{
    /// <summary>The stable error ids of <see cref="DataFileException"/>; cmdlets surface them as ErrorRecord ids.</summary>
    public static class DataErrorIds
    {
        public const string DataFolderNotFound = "DataFolderNotFound";
        public const string DataFileUnreadable = "DataFileUnreadable";
        public const string EmptyFile = "EmptyFile";
        public const string MissingColumn = "MissingColumn";
        public const string DuplicateColumn = "DuplicateColumn";
        public const string MalformedCsv = "MalformedCsv";
        public const string MissingValue = "MissingValue";
        public const string InvalidDate = "InvalidDate";
        public const string InvalidNumber = "InvalidNumber";
        public const string UnknownValue = "UnknownValue";
        public const string InvalidCitation = "InvalidCitation";
        public const string UnknownSource = "UnknownSource";
        public const string UnknownActor = "UnknownActor";
        public const string DuplicateId = "DuplicateId";
        public const string WrongDelimiter = "WrongDelimiter";
        public const string TooManyColumns = "TooManyColumns";
        public const string RecordTooLarge = "RecordTooLarge";
        public const string InvalidText = "InvalidText";
        public const string UnknownColumn = "UnknownColumn";
        public const string UnknownFile = "UnknownFile";
        public const string FieldCountMismatch = "FieldCountMismatch";
        public const string InvalidUrl = "InvalidUrl";
        public const string InvalidRepost = "InvalidRepost";
        public const string DataPathIsFile = "DataPathIsFile";
        public const string SourceKindRedefined = "SourceKindRedefined";
        public const string KeyNotPlain = "KeyNotPlain";
        public const string TopicSpelledTwoWays = "TopicSpelledTwoWays";

        // Source texts (texts/<source-id>.txt) and the citations checked against them: Test-RelationsData only.
        public const string TextFolderNotFound = "TextFolderNotFound";
        public const string TextTooLarge = "TextTooLarge";
        public const string NoParagraphs = "NoParagraphs";
        public const string InvalidParagraphNumber = "InvalidParagraphNumber";
        public const string UnknownSourceText = "UnknownSourceText";
        public const string ParagraphCountMismatch = "ParagraphCountMismatch";
        public const string ParagraphNotInText = "ParagraphNotInText";
        public const string ValueNotInText = "ValueNotInText";
        public const string QuoteNotInText = "QuoteNotInText";
    }
}
