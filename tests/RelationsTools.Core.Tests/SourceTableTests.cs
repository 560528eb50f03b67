using System.IO;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    public class SourceTableTests
    {
        private const string Header = "Id,Title,Publisher,Authors,Published,Kind,Language,Note\n";

        [Fact]
        public void Bundled_sources_are_the_nine_documents()
        {
            var data = RelationsData.Load(RepoPaths.BundledData);

            Assert.Equal(9, data.Sources.Count);
            var news = data.Sources.Single(s => s.Id == "khmertimes-2025-08-18-border-trade");
            Assert.Equal(SourceKind.NewsReport, news.Kind);
            Assert.Equal("2025-08-18", news.Published);
            Assert.Equal(news.Id, news.SourceId);
        }

        [Fact]
        public void A_source_with_no_known_date_keeps_an_empty_Published_and_says_why()
        {
            var forum = RelationsData.Load(RepoPaths.BundledData).Sources.Single(s => s.Kind == SourceKind.ForumComment);

            Assert.Equal("", forum.Published);
            Assert.Null(forum.PublishedStart);
            Assert.Contains("not stated", forum.Note);
        }

        [Fact]
        public void Columns_in_another_order_read_the_same()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Kind,Id,Note,Title,Language,Published,Authors,Publisher\nOpEd,x-1,,T,en,2020,,P\n");

            var source = RelationsData.Load(folder.Path).Sources.Single();

            Assert.Equal("x-1", source.Id);
            Assert.Equal(SourceKind.OpEd, source.Kind);
            Assert.Equal("P", source.Publisher);
        }

        [Theory]
        [InlineData("", DataErrorIds.EmptyFile, 0L, null)]
        [InlineData("Id,Title,Publisher,Authors,Published,Kind,Language\nx,T,,,,OpEd,en\n", DataErrorIds.MissingColumn, 1L, "Note")]
        [InlineData("Id,Title,Publisher,Authors,Published,Kind,Language,Note,Id\n", DataErrorIds.DuplicateColumn, 1L, "Id")]
        [InlineData("Id;Title;Publisher;Authors;Published;Kind;Language;Note\nx;T;;;;OpEd;en;\n", DataErrorIds.WrongDelimiter, 1L, null)]
        [InlineData(Header + "x,T,,,2024-13-01,OpEd,en,\n", DataErrorIds.InvalidDate, 2L, "Published")]
        [InlineData(Header + "x,T,,,2024,Blog,en,\n", DataErrorIds.UnknownValue, 2L, "Kind")]
        [InlineData(Header + "x,T,,,2024,3,en,\n", DataErrorIds.UnknownValue, 2L, "Kind")]
        [InlineData(Header + ",T,,,2024,OpEd,en,\n", DataErrorIds.MissingValue, 2L, "Id")]
        [InlineData(Header + "x,T,,,2024,OpEd,en,\nx,U,,,2024,OpEd,en,\n", DataErrorIds.DuplicateId, 3L, "Id")]
        [InlineData(Header + "x,\"T,,,2024,OpEd,en,\n", DataErrorIds.MalformedCsv, 2L, null)]
        public void Bad_files_name_the_problem_line_and_field(string content, string errorId, long line, string? field)
        {
            using var folder = new TempDataFolder();
            string file = folder.Write("sources.csv", content);

            var error = Assert.Throws<DataFileException>(() => RelationsData.Load(folder.Path));

            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(line, error.Line);
            Assert.Equal(field, error.Field);
            Assert.StartsWith(file, error.Message);
        }

        [Fact]
        public void A_missing_folder_is_DataFolderNotFound()
        {
            var error = Assert.Throws<DataFileException>(() => RelationsData.Load(Path.Combine(Path.GetTempPath(), "no-such-relationstools-folder")));

            Assert.Equal(DataErrorIds.DataFolderNotFound, error.ErrorId);
        }
    }
}
