using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>How a name typed by a person picks actors: it may be an actor's id, name or any alias, ignoring case and diacritics.</summary>
    public static class ActorNames
    {
        /// <summary>Whether <paramref name="pattern"/> names any of <paramref name="actors"/>: a plain name that names none is worth an error.</summary>
        public static bool NamesAnActor(IEnumerable<Actor> actors, TextPattern pattern)
            => actors.Any(actor => IsNamedBy(actor, pattern));

        /// <summary>The ids of the actors <paramref name="pattern"/> names.</summary>
        public static HashSet<string> IdsNamedBy(IEnumerable<Actor> actors, TextPattern pattern)
            => new HashSet<string>(actors.Where(actor => IsNamedBy(actor, pattern)).Select(actor => actor.Id), RelationsId.Comparer);

        /// <summary>Every id, name and alias, for a "did you mean".</summary>
        internal static IEnumerable<string> AllNames(IEnumerable<Actor> actors)
            => actors.SelectMany(actor => new[] { actor.Id, actor.Name }.Concat(actor.Aliases));

        private static bool IsNamedBy(Actor actor, TextPattern pattern)
            => pattern.IsMatch(actor.Id) || pattern.IsMatch(actor.Name) || actor.Aliases.Any(pattern.IsMatch);
    }
}
