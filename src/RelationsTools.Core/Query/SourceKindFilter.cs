using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// -SourceKind: keeps only what at least one document of the given kinds states, so that what rests on
    /// comments alone can be left out (<c>-SourceKind NewsReport, Analysis, OpEd, UnsignedArticle</c>). Wildcards
    /// over the closed set <see cref="SourceKind"/>; a plain name that is no kind is SourceKindNotFound.
    /// </summary>
    public sealed class SourceKindFilter
    {
        public static readonly SourceKindFilter EveryKind = new SourceKindFilter(null);

        private readonly ClosedSetFilter<SourceKind> set;

        /// <param name="kinds">Source kind patterns; null for every kind.</param>
        public SourceKindFilter(IEnumerable<string>? kinds)
        {
            Kinds = TextPattern.Create(kinds);
            set = ClosedSetFilter<SourceKind>.From(Kinds);
        }

        public TextPattern[]? Kinds { get; }

        public bool IsEveryKind => Kinds is null;

        /// <summary>Whether a document of <paramref name="kind"/> counts.</summary>
        public bool Admits(SourceKind kind) => set.Admits(kind);

        /// <summary>Whether a row whose documents are of <paramref name="kinds"/> (an event's SourceKinds) is stated by one that counts.</summary>
        public bool AdmitsAny(IEnumerable<SourceKind> kinds) => IsEveryKind || kinds.Any(set.Admits);

        /// <summary>
        /// The test of a row that cites several documents: whether any of its source ids is a document of the
        /// given kinds, looked up in <paramref name="sources"/> once.
        /// </summary>
        internal System.Func<IEnumerable<string>, bool> StatedByAnyOf(IReadOnlyList<RelationsSource> sources)
        {
            if (IsEveryKind)
            {
                return _ => true;
            }

            var admitted = new HashSet<string>(sources.Where(s => set.Admits(s.Kind)).Select(s => s.Id), RelationsId.Comparer);
            return sourceIds => sourceIds.Any(admitted.Contains);
        }

        /// <summary>Each plain kind that is no <see cref="SourceKind"/>, with the nearest one.</summary>
        public IEnumerable<NameNotFound> NotFound() => NameNotFound.ForClosedSet<SourceKind>(Kinds, "SourceKindNotFound", "SourceKind", "a source kind");
    }
}
