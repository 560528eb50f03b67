using System;
using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>A dated happening, stated by one or more sources (a row of events.csv).</summary>
    public sealed class RelationsEvent
    {
        public RelationsEvent(string id, FuzzyDate date, string title, string summary, EventCategory category, EventStatus status, DelimitedList actors, string location, IReadOnlyList<Citation> citations, JoinedList<SourceKind> sourceKinds, string note)
        {
            Status = status;
            SourceKinds = sourceKinds;
            Id = id;
            When = date;
            Title = title;
            Summary = summary;
            Category = category;
            Actors = actors;
            Location = location;
            CitationList = citations;
            SourceIds = Citation.SourceIdsOf(citations);
            Note = note;
        }

        public string Id { get; }

        /// <summary>The date as the dataset writes it, such as <c>2024-07</c> or <c>1979/1989</c>.</summary>
        public string Date => When.Text;

        /// <summary>The first day <see cref="Date"/> can mean; null for an open start.</summary>
        public DateTime? Start => When.Start;

        /// <summary>The last day <see cref="Date"/> can mean; null for an open end.</summary>
        public DateTime? End => When.End;

        public DatePrecision Precision => When.Precision;

        public string Title { get; }

        public string Summary { get; }

        public EventCategory Category { get; }

        /// <summary>Happened, Expected or Goal: a forward-looking row says so in a column, not only in prose.</summary>
        public EventStatus Status { get; }

        /// <summary>Actor ids (see Get-RelationsActor / actors.csv).</summary>
        public DelimitedList Actors { get; }

        public string Location { get; }

        /// <summary>The documents that state this event.</summary>
        public DelimitedList SourceIds { get; }

        /// <summary>The kinds of the documents that state the event, so an event only comments report is told apart.</summary>
        public JoinedList<SourceKind> SourceKinds { get; }

        public string Citations => new JoinedList<Citation>(CitationList).ToString();

        public string Note { get; }

        internal FuzzyDate When { get; }

        internal IReadOnlyList<Citation> CitationList { get; }

        public override string ToString() => Id;
    }
}
