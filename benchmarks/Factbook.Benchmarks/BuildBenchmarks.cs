using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Factbook.Benchmarks;

/// <summary>
/// What a user waits for: real <c>dotnet build</c>s of a net10.0 console app that uses the content, beside the same
/// app built without it (<c>FactbookIncludeContent=false</c>), interleaved round by round with the compiler server
/// warm: after one YAML value edit, after one C# edit, and with nothing changed. The generator's own time is
/// what the compiler reports with <c>-p:ReportAnalyzer=true</c>.
/// </summary>
public static class BuildBenchmarks
{
    private static readonly Regex GeneratorTime = new(@"^\s*([0-9]+\.[0-9]+)\s+[0-9<]+\s+Factbook\.Generator\.FactbookGenerator\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <param name="name">The suffix of the figures' names: <c>1k</c>, <c>10k</c>, <c>corpus</c>.</param>
    /// <param name="files">The content, with paths below the project (<c>/content/…</c>, <c>/corpus/…</c>).</param>
    /// <param name="edited">Part of the path of the file a YAML edit changes, with <paramref name="edit"/>.</param>
    /// <param name="use">The C# that uses the content, compiled only with it.</param>
    public static void Run(string name, IReadOnlyList<(string Path, string Text)> files, string edited, Func<string, string> edit, string use, int rounds, Action<string, double, string> report)
    {
        var root = Path.Combine(Path.GetTempPath(), "factbook-build-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var with = Project(Path.Combine(root, "with"), files, use);
            var without = Project(Path.Combine(root, "without"), files, use);
            var editedPath = Path.Combine(with, files.First(file => file.Path.Contains(edited, StringComparison.Ordinal)).Path.TrimStart('/'));
            var original = File.ReadAllText(editedPath);
            Build(with, content: true, restore: true);
            Build(without, content: false, restore: true);

            var yamlEdits = new List<double>();
            var csEdits = new List<double>();
            var csEditsWithout = new List<double>();
            var noOps = new List<double>();
            var noOpsWithout = new List<double>();
            var generator = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                File.WriteAllText(editedPath, round % 2 == 0 ? edit(original) : original);
                var (yamlEdit, generatorTime) = Build(with, content: true);
                yamlEdits.Add(yamlEdit);
                generator.Add(generatorTime);
                TouchCSharp(with, round);
                csEdits.Add(Build(with, content: true).Milliseconds);
                TouchCSharp(without, round);
                csEditsWithout.Add(Build(without, content: false).Milliseconds);
                noOps.Add(Build(with, content: true).Milliseconds);
                noOpsWithout.Add(Build(without, content: false).Milliseconds);
            }

            report($"build_yaml_edit_{name}", Median(yamlEdits) / 1000, "s");
            report($"build_cs_edit_{name}", Median(csEdits) / 1000, "s");
            report($"build_cs_edit_no_content_{name}", Median(csEditsWithout) / 1000, "s");
            report($"build_noop_{name}", Median(noOps) / 1000, "s");
            report($"build_noop_no_content_{name}", Median(noOpsWithout) / 1000, "s");
            report($"generator_in_build_{name}", Median(generator), "ms");
            report($"build_yaml_edit_vs_no_content_{name}", Median(yamlEdits) / Median(csEditsWithout), "x");
            report($"build_cs_edit_vs_no_content_{name}", Median(csEdits) / Median(csEditsWithout), "x");
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Project(string folder, IReadOnlyList<(string Path, string Text)> files, string use)
    {
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(folder, path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        var generator = Path.Combine(Path.GetDirectoryName(Corpus.Folder)!, "..", "..", "src", "Factbook.Generator", "Factbook.Generator.csproj");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <FactbookNamespace>Bench.Content</FactbookNamespace>
                <FactbookIncludeContent Condition="'$(FactbookIncludeContent)' == ''">true</FactbookIncludeContent>
                <DefineConstants Condition="'$(FactbookIncludeContent)' == 'true'">$(DefineConstants);FACTBOOK_CONTENT</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="FactbookNamespace" />
                <CompilerVisibleProperty Include="TargetFrameworkIdentifier" />
                <CompilerVisibleProperty Include="TargetFrameworkVersion" />
                <ProjectReference Include="{{Path.GetFullPath(generator)}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="**/*.yaml" Exclude="bin/**;obj/**" Condition="'$(FactbookIncludeContent)' == 'true'" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "#if FACTBOOK_CONTENT\n" + use + "\n#endif\nSystem.Console.WriteLine(\"done\");\n");
        return folder;
    }

    /// <summary>A C# edit the compiler must compile again: a comment that comes and goes.</summary>
    private static void TouchCSharp(string folder, int round)
    {
        var program = Path.Combine(folder, "Program.cs");
        var text = File.ReadAllText(program);
        File.WriteAllText(program, round % 2 == 0 ? text + "// edited\n" : text.Replace("// edited\n", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>One <c>dotnet build</c>: its wall time, and the generator's time in it (0 without content).</summary>
    private static (double Milliseconds, double GeneratorMilliseconds) Build(string folder, bool content, bool restore = false)
    {
        // The compiler server, as a developer's machine uses it: an environment can turn it off (UseSharedCompilation=false),
        // and then every build starts a compiler and the generator cold, which is not what users wait for.
        var arguments = new List<string> { "build", "-v:d", "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=true", "-p:FactbookIncludeContent=" + (content ? "true" : "false") };
        if (!restore)
        {
            arguments.Add("--no-restore");
            arguments.Add("-p:BuildProjectReferences=false");
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ForEach(start.ArgumentList.Add);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet build failed in " + folder + ":\n" + string.Join("\n", output.Split('\n').Where(line => line.Contains("error", StringComparison.Ordinal)).Take(10)) + error.Result);
        }

        var generator = GeneratorTime.Match(output);
        return (watch.Elapsed.TotalMilliseconds, generator.Success ? 1000 * double.Parse(generator.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Median(List<double> values) => values.OrderBy(value => value).ElementAt(values.Count / 2);
}
