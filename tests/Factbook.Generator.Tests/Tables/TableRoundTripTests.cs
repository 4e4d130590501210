namespace Factbook.Generator.Tests.Tables;

/// <summary>Values whose encoding in the generated tables could be read back as something else.</summary>
public class TableRoundTripTests
{
    private const string Schema = """
        types:
          Place:
            fields:
              figure:
                type: object
                optional: true
                fields:
                  note: { type: string, optional: true }
                  size: int
                  inner: { type: object, optional: true, fields: { label: { type: string, optional: true }, rank: int } }
              after: int
        """;

    /// <summary>
    /// An optional object is written '~' when missing; a present one whose first field is missing starts with
    /// that field's '~' too, and was read as a missing object, shifting every later value.
    /// </summary>
    [Fact]
    public void AnOptionalObjectWhoseFirstFieldIsMissingReadsBack()
    {
        const string content = """
            places:
              - id: a
                figure: { size: 5 }
                after: 7
              - id: b
                after: 8
              - id: c
                figure: { size: 6, inner: { rank: 9 } }
                after: 10
            """;
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string Run() => string.Join("|",
                    Places.A.Figure is null, Places.A.Figure?.Note, Places.A.Figure?.Size, Places.A.Figure?.Inner is null, Places.A.After,
                    Places.B.Figure is null, Places.B.After,
                    Places.C.Figure?.Size, Places.C.Figure?.Inner?.Label, Places.C.Figure?.Inner?.Rank, Places.C.After);
            }
            """;

        var run = GeneratorHarness.Run([TestContent.Schema(Schema), TestContent.Places(content)], probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("False||5|True|7|True|8|6||9|10", run.Invoke("Probe", "Run"));
    }
}
