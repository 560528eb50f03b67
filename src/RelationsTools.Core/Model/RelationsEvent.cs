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

        private RelationsEvent(RelationsEvent e, Certainty? inWindow)
            : this(e.Id, e.When, e.Title, e.Summary, e.Category, e.Status, e.Actors, e.Location, e.CitationList, e.SourceKinds, e.Note)
        {
            InWindow = inWindow;
        }

        public string Id { get; }

        /// <summary>The date as the dataset writes it, such as <c>2024-07</c> or <c>1979/1989</c>.</summary>
        public string Date => When.Text;

        /// <summary>The first day <see cref="Date"/> can mean; null for an open start.</summary>
        public DateTime? Start => When.Start;

        /// <summary>The last day <see cref="Date"/> can mean; null for an open end.</summary>
        public DateTime? End => When.End;

        public DatePrecision Precision => When.Precision;

        /// <summary>
        /// For an event a query returned for a time window: <c>Certain</c> when its date falls in the window whatever it
        /// turns out to be, <c>Possible</c> when it only may. Null when the query had no window.
        /// </summary>
        public Certainty? InWindow { get; }

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

        /// <summary>This event as returned for a window, with <see cref="InWindow"/> saying how surely it falls in it.</summary>
        internal RelationsEvent ReturnedFor(Certainty? inWindow) => inWindow == InWindow ? this : new RelationsEvent(this, inWindow);

        public override string ToString() => Id;
    }
}
