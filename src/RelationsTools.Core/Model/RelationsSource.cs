using System;

namespace RelationsTools.Model
{
    /// <summary>One document the dataset is built from (a row of sources.csv).</summary>
    public sealed class RelationsSource
    {
        public RelationsSource(string id, string title, string publisher, string authors, FuzzyDate published, SourceKind kind, string language, string note)
        {
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

        /// <summary>The authors as the dataset writes them, '; '-separated.</summary>
        public string Authors { get; }

        public SourceKind Kind { get; }

        /// <summary>The publication date in the dataset's date syntax; empty when unknown (see <see cref="Note"/>).</summary>
        public string Published => PublishedDate.Text;

        public DateTime? PublishedStart => PublishedDate.Start;

        public DateTime? PublishedEnd => PublishedDate.End;

        public string Language { get; }

        public string Note { get; }

        internal FuzzyDate PublishedDate { get; }

        public override string ToString() => Id;
    }
}
