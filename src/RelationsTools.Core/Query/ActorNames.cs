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

        /// <summary>
        /// The actor whose id, name or alias <paramref name="text"/> is, compared ignoring case, diacritics, blanks and
        /// hyphens (so 'Hà Nội' is 'Hanoi') and an alias's note in brackets ('Hanoi (as metonym)'); null when none is.
        /// A wildcard names no actor here.
        /// </summary>
        internal static Actor? NamedExactly(IEnumerable<Actor> actors, string text)
        {
            string key = NameKey(text);
            if (key.Length == 0 || text.IndexOfAny(new[] { '*', '?', '[' }) >= 0)
            {
                return null;
            }

            return actors.FirstOrDefault(actor => NameKey(actor.Id) == key || NamesOf(actor).Any(name => NameKey(name) == key));
        }

        /// <summary>The name and aliases of <paramref name="actor"/> as a text would write them: an alias's note in brackets left out.</summary>
        internal static IEnumerable<string> NamesOf(Actor actor)
            => new[] { actor.Name }.Concat(actor.Aliases.Select(WithoutNote)).Where(name => name.Length > 0);

        private static string WithoutNote(string alias)
        {
            int note = alias.IndexOf(" (", System.StringComparison.Ordinal);
            return note > 0 && alias.EndsWith(")", System.StringComparison.Ordinal) ? alias.Substring(0, note) : alias;
        }

        private static string NameKey(string name)
        {
            var key = new System.Text.StringBuilder(name.Length);
            foreach (char c in TextFolding.RemoveDiacritics(WithoutNote(name.Trim())))
            {
                if (!char.IsWhiteSpace(c) && c != '-' && c != '–')
                {
                    key.Append(char.ToLowerInvariant(c));
                }
            }

            return key.ToString();
        }

        private static bool IsNamedBy(Actor actor, TextPattern pattern)
            => pattern.IsMatch(actor.Id) || pattern.IsMatch(actor.Name) || actor.Aliases.Any(pattern.IsMatch);
    }
}
