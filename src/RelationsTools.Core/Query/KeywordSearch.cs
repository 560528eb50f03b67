using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// What -Keyword finds, as a search box does. A keyword is words and "quoted phrases", each found anywhere in
    /// an event's title or summary, in any order, ignoring case and diacritics (wildcards allowed inside); an event
    /// matches a keyword when it holds every one of them, and the search when it matches any keyword. A keyword,
    /// phrase or word that is the name or an alias of an actor also finds the actor's other names: 'Viet Nam',
    /// 'Việt Nam' and 'Hà Nội' find what 'Vietnam' finds.
    /// </summary>
    internal sealed class KeywordSearch
    {
        // Keyword by keyword, its terms; a term matches where any of its alternatives is found.
        private readonly TextPattern[][][] keywords;

        private KeywordSearch(TextPattern[][][] keywords)
        {
            this.keywords = keywords;
            Patterns = keywords.SelectMany(terms => terms.SelectMany(alternatives => alternatives)).ToArray();
        }

        /// <summary>
        /// Every pattern of every term: a row matches only if one of them is found in its title or its summary, so a
        /// row whose searched fields hold none can be dropped before it is parsed.
        /// </summary>
        public TextPattern[] Patterns { get; }

        /// <summary>The search for <paramref name="keywords"/>, with the names of <paramref name="actors"/>; null when none were given (no filter).</summary>
        /// <exception cref="InvalidPatternException">A word or phrase is a wildcard pattern that cannot be read.</exception>
        public static KeywordSearch? Create(IEnumerable<string>? keywords, IReadOnlyList<Actor> actors)
        {
            if (keywords is null)
            {
                return null;
            }

            return new KeywordSearch(keywords.Select(keyword => TermsOf(keyword, actors)).ToArray());
        }

        public bool Matches(string title, string summary)
        {
            foreach (var terms in keywords)
            {
                if (terms.All(alternatives => TextPattern.AnyMatch(alternatives, title) || TextPattern.AnyMatch(alternatives, summary)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The words and quoted phrases of <paramref name="keyword"/>, in order; the whole keyword as one term when it
        /// has none (a keyword of blanks finds blanks).
        /// </summary>
        internal static IReadOnlyList<string> Split(string keyword)
        {
            var terms = new List<string>();
            var term = new StringBuilder();
            bool inPhrase = false;
            foreach (char c in keyword)
            {
                if (c == '"')
                {
                    Flush(terms, term);
                    inPhrase = !inPhrase;
                }
                else if (char.IsWhiteSpace(c) && !inPhrase)
                {
                    Flush(terms, term);
                }
                else
                {
                    term.Append(c);
                }
            }

            Flush(terms, term);
            return terms.Count > 0 ? terms : new[] { keyword };
        }

        private static void Flush(List<string> terms, StringBuilder term)
        {
            string text = term.ToString().Trim();
            if (text.Length > 0)
            {
                terms.Add(text);
            }

            term.Clear();
        }

        private static TextPattern[][] TermsOf(string keyword, IReadOnlyList<Actor> actors)
        {
            // A whole keyword that names an actor is one term ('Viet Nam' is not 'Viet' and 'Nam' anywhere).
            string whole = keyword.Trim().Trim('"');
            var terms = ActorNames.NamedExactly(actors, whole) != null ? new[] { whole } : Split(keyword);
            return terms.Select(term => Alternatives(term, actors)).ToArray();
        }

        private static TextPattern[] Alternatives(string term, IReadOnlyList<Actor> actors)
        {
            var texts = new List<string> { term };
            if (ActorNames.NamedExactly(actors, term) is Actor actor)
            {
                texts.AddRange(ActorNames.NamesOf(actor).Where(name => !texts.Contains(name)));
            }

            return texts.Select(TextPattern.Containing).ToArray();
        }
    }
}
