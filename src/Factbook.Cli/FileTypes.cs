using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Factbook.Cli
{
    /// <summary>What a path names, as far as reading content goes.</summary>
    internal enum FileKind
    {
        /// <summary>A regular file: the only kind the checker reads.</summary>
        File,

        /// <summary>A folder.</summary>
        Folder,

        /// <summary>A symbolic link or junction, when links are not followed.</summary>
        Link,

        /// <summary>Nothing there, or a link that leads nowhere or around in a loop.</summary>
        Missing,

        /// <summary>A named pipe, socket or device: opening or reading it may block or never end.</summary>
        Special,

        /// <summary>A name no path can have (a NUL character, on Windows also <c>|</c> and the like).</summary>
        Invalid,

        /// <summary>The type could not be told (no permission to look, a name too long); reading it will say why.</summary>
        Unknown,
    }

    /// <param name="What">For the kinds a message is about: "a named pipe", "does not exist", the system's reason.</param>
    internal readonly record struct FileType(FileKind Kind, string What = "");

    /// <summary>
    /// Tells what a path is without opening it, so a named pipe called <c>x.yaml</c> is never opened (opening
    /// one blocks until some other process writes to it). On Linux it asks <c>statx</c> for the file type; on
    /// Windows the attributes say it; on other Unix systems a non-blocking open tells pipes, sockets and
    /// terminals by their not being seekable.
    /// </summary>
    internal static class FileTypes
    {
        private const int AtCurrentFolder = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxType = 0x1;
        private const int StatxModeOffset = 28;

        private static readonly StatxFunction? Statx = FindStatx();

        [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
        private delegate int StatxFunction(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
        private delegate int OpenFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        /// <summary>What is at the path: the link itself unless <paramref name="followLinks"/>, else where it leads.</summary>
        public static FileType Of(string path, bool followLinks)
        {
            if (path.Length == 0 || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                return new FileType(FileKind.Invalid);
            }

            if (Statx is not null)
            {
                return OfStatx(Statx, path, followLinks);
            }

            var type = Managed(path, followLinks);
            return type.Kind == FileKind.File && !OperatingSystem.IsWindows() ? ByOpening(path) : type;
        }

        /// <summary>
        /// For Unix systems without <c>statx</c>: opens without blocking and without reading, and calls a file
        /// that cannot seek (a pipe, a socket, a terminal) special. A seekable device such as /dev/zero passes.
        /// </summary>
        internal static FileType ByOpening(string path)
        {
            var open = FindExport<OpenFunction>("open");
            if (open is null)
            {
                return new FileType(FileKind.File);
            }

            var descriptor = open(path, NonBlockingReadFlags());
            if (descriptor < 0)
            {
                var error = Marshal.GetLastPInvokeError();
                const int NoSuchDeviceOrAddress = 6;
                return error == NoSuchDeviceOrAddress ? new FileType(FileKind.Special, "a socket or device") : new FileType(FileKind.Unknown, Marshal.GetPInvokeErrorMessage(error));
            }

            using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 1);
            return stream.CanSeek ? new FileType(FileKind.File) : new FileType(FileKind.Special, "a named pipe, socket or terminal");
        }

        private static FileType OfStatx(StatxFunction statx, string path, bool followLinks)
        {
            var buffer = new byte[256];
            if (statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                const int NoEntry = 2, NotAFolder = 20, TooManyLinks = 40;
                return error switch
                {
                    NoEntry or NotAFolder => new FileType(FileKind.Missing, "does not exist"),
                    TooManyLinks => new FileType(FileKind.Missing, "is a loop of links"),
                    _ => new FileType(FileKind.Unknown, Marshal.GetPInvokeErrorMessage(error)),
                };
            }

            return (BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000) switch
            {
                0x8000 => new FileType(FileKind.File),
                0x4000 => new FileType(FileKind.Folder),
                0xA000 => new FileType(FileKind.Link),
                0x1000 => new FileType(FileKind.Special, "a named pipe"),
                0xC000 => new FileType(FileKind.Special, "a socket"),
                0x2000 => new FileType(FileKind.Special, "a character device"),
                0x6000 => new FileType(FileKind.Special, "a block device"),
                _ => new FileType(FileKind.Special, "not a regular file"),
            };
        }

        /// <summary>From the attributes .NET reads: links, folders and (on Windows) devices; a pipe looks like a file.</summary>
        private static FileType Managed(string path, bool followLinks)
        {
            try
            {
                FileSystemInfo entry = new FileInfo(path);
                if ((int)entry.Attributes == -1)
                {
                    return new FileType(FileKind.Missing, "does not exist");
                }

                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
                {
                    if (!followLinks)
                    {
                        return new FileType(FileKind.Link);
                    }

                    var final = entry.ResolveLinkTarget(returnFinalTarget: true);
                    return final is null ? new FileType(FileKind.Missing, "does not exist") : Managed(final.FullName, followLinks: false);
                }

                return (entry.Attributes & FileAttributes.Directory) != 0 ? new FileType(FileKind.Folder)
                    : (entry.Attributes & FileAttributes.Device) != 0 ? new FileType(FileKind.Special, "a device")
                    : new FileType(FileKind.File);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new FileType(FileKind.Unknown, e.Message);
            }
        }

        private static int NonBlockingReadFlags() =>
            OperatingSystem.IsLinux() ? 0x800 | 0x80000
            : OperatingSystem.IsFreeBSD() ? 0x4 | 0x100000
            : 0x4 | 0x1000000;

        private static StatxFunction? FindStatx() => OperatingSystem.IsLinux() ? FindExport<StatxFunction>("statx") : null;

        /// <summary>A C library function, looked up in what the process has loaded: no library name to guess.</summary>
        private static T? FindExport<T>(string name)
            where T : Delegate
        {
            try
            {
                return NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out var function)
                    ? Marshal.GetDelegateForFunctionPointer<T>(function)
                    : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException)
            {
                return null;
            }
        }
    }
}
