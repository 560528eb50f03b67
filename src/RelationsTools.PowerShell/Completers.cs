using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Tab completion from the data: offers each candidate whose text (or, for actors, name or alias)
    /// starts with what was typed, quoted when it holds a space.
    /// </summary>
    public abstract class DataCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = new TextPattern(wordToComplete.Trim('\'', '"') + "*", ignoreDiacritics: true);
            RelationsData data;
            try
            {
                data = RelationsData.Bundled;
            }
            catch (DataFileException)
            {
                yield break; // completion must never throw at the prompt; the command itself will report the problem
            }

            foreach (var candidate in Candidates(data).Where(c => c.MatchTexts.Any(typed.IsMatch)))
            {
                string text = candidate.Text.IndexOf(' ') >= 0 ? "'" + candidate.Text + "'" : candidate.Text;
                yield return new CompletionResult(text, candidate.Text, CompletionResultType.ParameterValue, candidate.ToolTip);
            }
        }

        protected abstract IEnumerable<Candidate> Candidates(RelationsData data);

        protected readonly struct Candidate
        {
            public Candidate(string text, string toolTip, params string[] alsoMatches)
            {
                Text = text;
                ToolTip = toolTip.Length > 0 ? toolTip : text;
                MatchTexts = new[] { text }.Concat(alsoMatches);
            }

            public string Text { get; }

            public string ToolTip { get; }

            public IEnumerable<string> MatchTexts { get; }
        }
    }

    public sealed class SourceIdCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RelationsData data) => data.Sources.Select(s => new Candidate(s.Id, s.Title));
    }

    public sealed class EventIdCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RelationsData data) => data.Events.Select(e => new Candidate(e.Id, e.Date + " " + e.Title));
    }

    /// <summary>Completes actor ids, also when the user starts typing a name or alias ("To" offers to-lam).</summary>
    public sealed class ActorCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RelationsData data)
            => data.Actors.Select(a => new Candidate(a.Id, a.Name, new[] { a.Name }.Concat(a.Aliases).ToArray()));
    }

    public sealed class CategoryCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RelationsData data)
            => Enum.GetNames(typeof(EventCategory)).Select(name => new Candidate(name, name));
    }

    public sealed class MetricCompleter : DataCompleter
    {
        protected override IEnumerable<Candidate> Candidates(RelationsData data)
            => Enum.GetNames(typeof(TradeMetric)).Select(name => new Candidate(name, name));
    }
}
