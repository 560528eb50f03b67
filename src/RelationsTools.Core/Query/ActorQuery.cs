using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// The filters of Get-RelationsActor: names (an id, a name or any alias, ignoring case and diacritics), kinds,
    /// and the kinds of the documents that name the actor (its citations).
    /// </summary>
    public sealed class ActorQuery
    {
        public ActorQuery(IEnumerable<string>? names = null, IEnumerable<ActorKind>? kinds = null, IEnumerable<string>? sourceKinds = null)
        {
            Names = TextPattern.Create(names, ignoreDiacritics: true);
            Kinds = kinds?.ToArray();
            SourceKinds = new SourceKindFilter(sourceKinds);
        }

        public TextPattern[]? Names { get; }

        public ActorKind[]? Kinds { get; }

        /// <summary>Only actors that a document of one of these kinds names.</summary>
        public SourceKindFilter SourceKinds { get; }

        /// <summary>The matching actors, in the data's order, each once however many names name it.</summary>
        public QueryResult<Actor> Run(DataStore data)
        {
            var named = Names is null ? null : new HashSet<string>(Names.SelectMany(name => ActorNames.IdsNamedBy(data.Actors, name)), RelationsId.Comparer);
            var namedByKind = SourceKinds.StatedByAnyOf(data.Sources);
            var matching = data.Actors
                .Where(a => (named is null || named.Contains(a.Id)) && (Kinds is null || Kinds.Contains(a.Kind)) && namedByKind(Citation.SourceIdsOf(a.CitationList)))
                .ToList();
            return new QueryResult<Actor>(
                matching,
                () => NameNotFound.For(Names, p => ActorNames.NamesAnActor(data.Actors, p), () => ActorNames.AllNames(data.Actors), "ActorNotFound", "Name", "an actor with Id, name or alias").Concat(SourceKinds.NotFound()).ToList());
        }
    }
}
