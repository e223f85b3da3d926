//go:build ignore

// icon_gen draws Briefsmith's 512×512 icon: a white brief sheet with a
// headline bar and three section lines on an ink-blue rounded square. It is
// drawn at 4× and averaged down for smooth edges. Run: go run icon_gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
)

const (
	size  = 512
	scale = 4
	big   = size * scale
)

var (
	ink    = color.NRGBA{0x1f, 0x4e, 0x8c, 0xff}
	paper  = color.NRGBA{0xfb, 0xfa, 0xf6, 0xff}
	amber  = color.NRGBA{0xe8, 0xa3, 0x2b, 0xff}
	slate  = color.NRGBA{0x9a, 0xa8, 0xba, 0xff}
	shadow = color.NRGBA{0x12, 0x33, 0x5e, 0xff}
)

// roundRect fills the rectangle r with corner radius rad (in big pixels).
func roundRect(img *image.NRGBA, r image.Rectangle, rad int, c color.NRGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if inRounded(x, y, r, rad) {
				img.SetNRGBA(x, y, c)
			}
		}
	}
}

func inRounded(x, y int, r image.Rectangle, rad int) bool {
	cx := clamp(x, r.Min.X+rad, r.Max.X-rad-1)
	cy := clamp(y, r.Min.Y+rad, r.Max.Y-rad-1)
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= rad*rad
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func rect(x0, y0, x1, y1 int) image.Rectangle {
	return image.Rect(x0*scale, y0*scale, x1*scale, y1*scale)
}

func draw() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, big, big))
	roundRect(img, rect(16, 16, 496, 496), 96*scale, ink)
	roundRect(img, rect(132, 92, 392, 436), 20*scale, shadow) // sheet shadow
	roundRect(img, rect(120, 80, 380, 424), 20*scale, paper)
	roundRect(img, rect(156, 124, 344, 156), 8*scale, ink) // headline
	for i, y := range []int{196, 268, 340} {               // three sections
		roundRect(img, rect(156, y, 176, y+20), 10*scale, amber)
		w := []int{326, 300, 312}[i]
		roundRect(img, rect(192, y, w+18, y+16), 8*scale, slate)
		roundRect(img, rect(192, y+28, w-40, y+42), 7*scale, slate)
	}
	return img
}

// downsample averages scale×scale blocks, premultiplying by alpha.
func downsample(src *image.NRGBA) *image.NRGBA {
	dst := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a int
			for j := 0; j < scale; j++ {
				for i := 0; i < scale; i++ {
					c := src.NRGBAAt(x*scale+i, y*scale+j)
					r += int(c.R) * int(c.A)
					g += int(c.G) * int(c.A)
					b += int(c.B) * int(c.A)
					a += int(c.A)
				}
			}
			if a > 0 {
				dst.SetNRGBA(x, y, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(a / (scale * scale))})
			}
		}
	}
	return dst
}

func main() {
	f, err := os.Create("icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, downsample(draw())); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
