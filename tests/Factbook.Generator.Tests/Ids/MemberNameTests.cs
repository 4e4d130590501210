using System.Diagnostics;
using Factbook.Generator.Naming;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// Member names derived from natural ids: the documented examples, a valid identifier that is no keyword for any id,
/// letters outside Latin kept whole, slugs named as before natural ids, in time linear in the id's length.
/// </summary>
public class MemberNameTests
{
    public static TheoryData<string, string> DocumentedNames => new()
    {
        { "C#", "CSharp" },
        { "C++", "CPlusPlus" },
        { "CVE-2023-22795", "Cve2023_22795" },
        { "18F", "_18F" },
        { "café", "Cafe" },
        { "Київ", "Київ" },
        { "RedCloth", "RedCloth" },
        { "iPhone", "IPhone" },
        { "new-york", "NewYork" },
        { "2023-22795", "_2023_22795" },
        { "ID", "Id" },
        { "a--b", "AB" },
        { "+", "Plus" },
        { "#", "Sharp" },
        { "class", "Class" },
        { "Class", "Class" },
    };

    [Theory]
    [MemberData(nameof(DocumentedNames))]
    public void DocumentedIdsGiveTheDocumentedMemberNames(string id, string expected)
    {
        var name = MemberNames.FromId(id);

        Assert.Equal(expected, name);
        AssertValidMemberName(id, name);
    }

    public static TheoryData<string> OddIds => new()
    {
        "!!!",
        "+",
        "#",
        "@&%*",
        "0",
        "123",
        "007",
        "class",
        "Class",
        "namespace",
        "__arglist",
        "_",
        "__",
        "Київ",
        "ЮНЕСКО",
        "東京",
        "مرحبا",
        "हिन्दी",
        "नमस्ते दुनिया",
        "한국어",
        "Ελλάδα",
        "Việt Nam",
        "straße",
        "ǅemal",
        "ﬁle",
        "Ⅻ roman",
        "٣ apples",
        "١٢٣",
        "🎉",
        "🎉 party",
        "a🎉b",
        "𝔘𝔫𝔦",
        "\uD800",
        "\uDC00abc",
        "abc\uD800",
        "a\uD800b\uDFFFc",
        "\u200B",
        "a\u200Bb",
        "x\u200Dy",
        "\u202Eevil",
        "\u0301",
        "\u0301a",
        "e\u0301",
        "a\u20DD",
        "\u0085nel",
        "line\u2028sep",
        "tab\there",
        new string('%', 200),
        new string('a', 200),
        new string('9', 200),
        "iPhone",
        "ID",
        "a--b",
        "2023-22795",
        "--",
        " ",
        "say \"hi\"",
        "back\\slash",
        "*/ end",
        "</summary>",
        "#nullable disable",
        "\"\"\"",
        "value__",
        "null",
    };

    [Theory]
    [MemberData(nameof(OddIds))]
    public void AnyIdGivesAValidMemberNameThatIsNotAKeyword(string id)
    {
        var name = MemberNames.FromId(id);

        AssertValidMemberName(id, name);
        Assert.Equal(name, MemberNames.FromId(new string(id.ToCharArray())));
    }

    [Theory]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("한국어", "한국어")]
    [InlineData("Ελλάδα", "Ελλάδα")]
    [InlineData("Việt Nam", "VietNam")]
    [InlineData("e\u0301", "E")]
    public void LettersOutsideLatinKeepTheirMarksAndLatinLettersLoseTheirAccents(string id, string expected)
    {
        // Devanagari vowel signs and the Cyrillic diaeresis are parts of letters, not accents: dropping them
        // gives another word (हिन्दी → हनद). Hangul must come back composed, not as a run of jamo.
        var name = MemberNames.FromId(id);

        Assert.Equal(expected.Normalize(NormalizationForm.FormC), name);
        AssertValidMemberName(id, name);
    }

    [Theory]
    [InlineData("kaliningrad")]
    [InlineData("baltic-sea")]
    [InlineData("new_york")]
    [InlineData("s-300")]
    [InlineData("a-1-2")]
    [InlineData("cve-2023-22795")]
    [InlineData("covid-19-2020")]
    [InlineData("x2-3")]
    public void SlugsKeepTheMemberNamesTheyHadBeforeNaturalIds(string slug)
    {
        // Before natural ids a slug's member was Identifiers.ToPascalCase(slug); code written against those
        // members must still build.
        Assert.True(Identifiers.IsSlug(slug));

        Assert.Equal(Identifiers.ToPascalCase(slug), MemberNames.FromId(slug));
    }

    private static void AssertValidMemberName(string id, string name)
    {
        var shown = YamlText.DoubleQuoted(id) + " -> " + YamlText.DoubleQuoted(name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name), "not a valid identifier: " + shown);
        Assert.True(SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, "a keyword: " + shown);
        Assert.False(name[0] is >= 'a' and <= 'z', "starts like the collection class's private members: " + shown);
    }
}
