using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>A person, party, government, organisation or country that events name (a row of actors.csv).</summary>
    public sealed class Actor
    {
        public Actor(string id, string name, ActorKind kind, DelimitedList aliases, IReadOnlyList<Citation> citations)
        {
            Id = id;
            Name = name;
            Kind = kind;
            Aliases = aliases;
            CitationList = citations;
        }

        public string Id { get; }

        /// <summary>The same as <see cref="Id"/>, so an actor binds by property name to Get-RelationsEvent's -Actor.</summary>
        public string ActorId => Id;

        public string Name { get; }

        public ActorKind Kind { get; }

        /// <summary>Other spellings (with and without diacritics) and titles held over time.</summary>
        public DelimitedList Aliases { get; }

        public string Citations => new JoinedList<Citation>(CitationList).ToString();

        internal IReadOnlyList<Citation> CitationList { get; }

        public override string ToString() => Id;
    }
}
