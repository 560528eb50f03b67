using System;

namespace RelationsTools.Model
{
    /// <summary>One document the dataset is built from (a row of sources.csv).</summary>
    public sealed class RelationsSource
    {
        public RelationsSource(string id, string title, string publisher, DelimitedList authors, FuzzyDate published, SourceKind kind, DelimitedList language, string note,
            string via = "", string repostOf = "", int? paragraphs = null, string url = "")
        {
            Via = via;
            RepostOf = repostOf;
            Paragraphs = paragraphs;
            Url = url;
            Id = id;
            Title = title;
            Publisher = publisher;
            Authors = authors;
            PublishedDate = published;
            Kind = kind;
            Language = language;
            Note = note;
        }

        public string Id { get; }

        /// <summary>The same as <see cref="Id"/>, so a source binds by property name to other cmdlets' -SourceId.</summary>
        public string SourceId => Id;

        public string Title { get; }

        public string Publisher { get; }

        /// <summary>The authors, or a description where they are not named ("three anonymous commenters").</summary>
        public DelimitedList Authors { get; }

        public SourceKind Kind { get; }

        /// <summary>The publication date in the dataset's date syntax; empty when unknown (see <see cref="Note"/>).</summary>
        public string Published => PublishedDate.Text;

        public DateTime? PublishedStart => PublishedDate.Start;

        public DateTime? PublishedEnd => PublishedDate.End;

        /// <summary>ISO 639-1 codes of the languages the document is written in.</summary>
        public DelimitedList Language { get; }

        public string Note { get; }

        /// <summary>The document or publication the text was read through (a blog's repost, a forum post quoting it); empty when read directly.</summary>
        public string Via { get; }

        /// <summary>The id of the source this document is a copy of; empty when it is no copy. A document and its repost are one voice when sources are compared.</summary>
        public string RepostOf { get; }

        /// <summary>How many numbered paragraphs the document has; null when unknown. A citation past it is refused.</summary>
        public int? Paragraphs { get; }

        /// <summary>Where the document can be read; empty when unknown (the bundled captures give none).</summary>
        public string Url { get; }

        internal FuzzyDate PublishedDate { get; }

        public override string ToString() => Id;
    }
}
