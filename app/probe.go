package app

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// newFirstFrameProbe returns a 1×1 raster that calls trace("first frame")
// the first time the painter draws it, which is how the smoke test measures
// the time to the first drawn frame. With a nil trace it is inert.
func newFirstFrameProbe(trace func(string)) fyne.CanvasObject {
	var once sync.Once
	img := image.NewNRGBA(image.Rect(0, 0, 1, 1))
	r := canvas.NewRaster(func(int, int) image.Image {
		if trace != nil {
			once.Do(func() { trace("first frame") })
		}
		return img
	})
	r.SetMinSize(fyne.NewSize(1, 1))
	return r
}
