#!/usr/bin/env python3
"""Forwards TCP connections on 127.0.0.1:PORT to the daemon's Unix socket, byte for byte, so that
HTTP tools that only speak TCP (schemathesis) can test the real daemon. Loopback only.

Usage: unix_tcp_bridge.py SOCKET PORT
"""
import asyncio
import sys


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main(socket_path, port):
    async def handle(client_reader, client_writer):
        try:
            daemon_reader, daemon_writer = await asyncio.open_unix_connection(socket_path)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, daemon_writer), pipe(daemon_reader, client_writer))

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
