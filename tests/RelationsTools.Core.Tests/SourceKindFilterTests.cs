using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>-SourceKind on every query: only what at least one document of the given kinds states.</summary>
    public class SourceKindFilterTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        // The README's recipe for leaving out what rests only on commentary.
        private static readonly string[] NotCommentary = { "NewsReport", "Analysis", "OpEd", "UnsignedArticle" };

        private static readonly SourceKind[] Commentary = { SourceKind.BlogOpinion, SourceKind.ReaderComment, SourceKind.ForumComment };

        [Fact]
        public void Leaving_out_commentary_leaves_out_every_event_only_comments_state_and_keeps_the_rest()
        {
            var kept = new EventQuery(sourceKinds: NotCommentary).Run(Data, ReadMonitor.Strict).Select(e => e.Id).ToList();

            var commentOnly = Data.Events.Where(e => e.SourceKinds.All(k => Commentary.Contains(k))).Select(e => e.Id).ToList();
            Assert.Equal(5, commentOnly.Count);   // two forum-comment events, two reader comments, the blog preface's
            Assert.Contains("ev-undated-sino-vietnamese-war", commentOnly);
            Assert.Empty(kept.Intersect(commentOnly));
            Assert.Equal(Data.Events.Count - commentOnly.Count, kept.Count);
        }

        [Fact]
        public void An_event_a_news_report_and_a_comment_both_state_is_kept_by_either_kind()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n"
                + "ev-both,2025,T,S,History,,,khmer-circle-2025-03-13-comments ¶5; khmertimes-2025-08-18-border-trade ¶3,\n");
            var data = DataFolder.Open(folder.Path, Data, ReadMonitor.Strict);

            Assert.Single(new EventQuery(sourceKinds: new[] { "NewsReport" }).Run(data, ReadMonitor.Strict));
            Assert.Single(new EventQuery(sourceKinds: new[] { "ReaderComment" }).Run(data, ReadMonitor.Strict));
            Assert.Empty(new EventQuery(sourceKinds: new[] { "Analysis" }).Run(data, ReadMonitor.Strict));
        }

        [Fact]
        public void Leaving_out_commentary_leaves_out_the_claims_of_comments_and_the_blog_preface()
        {
            var filter = new ClaimFilter(null, null, NotCommentary);
            var kept = filter.Apply(Data.ReadClaims(ReadMonitor.Strict)).ToList();

            Assert.DoesNotContain(kept, c => Commentary.Contains(c.SourceKind));
            Assert.DoesNotContain(kept, c => c.Topic == "pol-pot-attended-hanoi-gathering");
            Assert.Contains(kept, c => c.Topic == "bilateral-trade-usd");
        }

        [Fact]
        public void Figures_and_actors_are_kept_when_a_document_of_the_kinds_cites_them()
        {
            Assert.Empty(new TradeFigureQuery(sourceKinds: new[] { "*Comment" }).Run(Data, ReadMonitor.Strict));
            Assert.NotEmpty(new TradeFigureQuery(sourceKinds: new[] { "NewsReport" }).Run(Data, ReadMonitor.Strict));

            var namedByComments = new ActorQuery(sourceKinds: new[] { "ForumComment" }).Run(Data).Select(a => a.Id).ToList();
            var namedElsewhere = new ActorQuery(sourceKinds: NotCommentary).Run(Data).Select(a => a.Id).ToList();
            Assert.Contains("viet-cong", namedByComments);
            Assert.DoesNotContain("viet-cong", namedElsewhere);
            Assert.Contains("hun-sen", namedElsewhere);
        }

        [Theory]
        [InlineData("ReaderComments", "ReaderComment")]
        [InlineData("Newsreport ", null)]
        [InlineData("Analyis", "Analysis")]
        public void A_near_miss_is_SourceKindNotFound_with_the_kind_it_most_likely_meant(string typed, string? meant)
        {
            var result = new EventQuery(sourceKinds: new[] { typed, "OpEd" }).Run(Data, ReadMonitor.Strict);
            var events = result.ToList();

            var notFound = Assert.Single(result.NotFound);
            Assert.Equal("SourceKindNotFound", notFound.ErrorId);
            Assert.Equal("SourceKind", notFound.Parameter);
            if (meant != null)
            {
                Assert.Equal(meant, notFound.DidYouMean);
            }

            Assert.Contains("Valid values: Analysis, OpEd, NewsReport", notFound.Message);
            Assert.NotEmpty(events);   // the kinds that exist still answer
        }

        [Fact]
        public void A_wildcard_kind_that_matches_nothing_is_an_empty_answer_not_an_error()
        {
            var result = new EventQuery(sourceKinds: new[] { "Podcast*" }).Run(Data, ReadMonitor.Strict);

            Assert.Empty(result);
            Assert.Empty(result.NotFound);
        }
    }
}
