using Factbook.Generator.Emit;

namespace Factbook.Generator.Tests.Package;

/// <summary>Generated text is the same from any checkout: the generator's own sources may have CRLF line endings.</summary>
public class SourceWriterTests
{
    [Fact]
    public void BlocksWithCarriageReturnsAreWrittenWithLineFeedsOnlyAndIndented()
    {
        var writer = new SourceWriter().Open("class A");

        writer.Line("int B;\r\nint C;\r\n\r\nint D;");

        Assert.Equal("class A\n{\n    int B;\n    int C;\n\n    int D;\n}\n", writer.Close().ToString());
    }
}
